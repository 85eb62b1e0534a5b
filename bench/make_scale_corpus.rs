//! Writes a JSONL corpus shaped like a real news archive, for the scale benchmark
//! (`bench/run.py --scale`): the old `make_corpus` reshuffles five articles among a few hundred
//! names, which is too uniform to show how an archive of millions of claims behaves.
//!
//! - Speakers: every person or body named in the fixture articles (`fixtures/articles`,
//!   `fixtures/heldout2`) becomes, in each generated article, one of `--people` invented people
//!   drawn from a Zipf distribution (s = 1), so a few speakers are quoted very often and most
//!   rarely, as in news.
//! - Outlets: a few hundred invented outlets, also Zipf-distributed.
//! - Lengths: log-normal, fitted to the development corpus's article sizes (median 3.6 KB, mean
//!   4.6 KB), kept between 1 KB and 16 KB.
//! - Claim density: paragraphs are drawn from the fixture articles (which carry attributions)
//!   and from filler paragraphs written for this benchmark (which carry none), in the share that
//!   gives our extractor's density on the development corpus (see `ATTRIBUTED_SHARE`).
//!
//! Deterministic: article `i` depends only on `--seed` and `i`, so a corpus can be written in
//! chunks (`--first 200000 --articles 100000`) that together equal one long file.
//!
//! Run: `cargo run --release --example make_scale_corpus -- --first 0 --articles 100000 --out bench/corpus/scale-0.jsonl`

use std::collections::BTreeMap;
use std::io::Write;

/// Share of an article's paragraphs drawn from the attributed fixture paragraphs (the rest is
/// filler, on which the extractor finds nothing). Calibrated with extractor 1.7.0: our extractor
/// finds 3.85 claims per KB in the development corpus's train split (the gold has 5.13), and 3.78
/// per KB in 3,000 articles of this corpus.
const ATTRIBUTED_SHARE: f64 = 0.60;

/// Log-normal article length in bytes, fitted to the train split's sizes (ln-bytes mean and
/// standard deviation).
const LENGTH_MU: f64 = 8.18;
const LENGTH_SIGMA: f64 = 0.75;
const LENGTH_RANGE: (f64, f64) = (1_000.0, 16_000.0);

const FIRST_NAMES: &[&str] = &[
    "Amal", "Bashir", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hamid", "Ines", "Jonas",
    "Karim", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Samir", "Tariq",
    "Ursula", "Victor", "Wafa", "Yusuf", "Zara", "Adel", "Bruno", "Chen", "Dalia", "Emre", "Fiona",
    "George", "Hana", "Ivan", "Julia", "Kofi", "Laila", "Mateo", "Nora", "Oscar", "Paula",
    "Rafael", "Sofia", "Thomas", "Uma", "Valeria", "William", "Yara", "Zeynep", "Anders",
    "Beatriz", "Cyrus", "Daniela", "Esther", "Felix", "Gloria", "Hugo", "Irene", "Javier", "Kira",
];
/// Surnames are put together from these syllables, so the pool can hold hundreds of thousands
/// of distinct people without a list of real names.
const ONSETS: &[&str] = &[
    "Ba", "Ca", "Da", "Fe", "Ga", "Ha", "Ka", "La", "Ma", "Na", "Pe", "Ra", "Sa", "Ta", "Va", "Wa",
    "Za", "Bo", "Lo", "Mo", "Ne", "Ri", "Su", "To", "Vi", "Yo", "Ke", "De", "Mi", "Ro",
];
const MIDDLES: &[&str] = &[
    "ran", "bel", "dor", "ges", "hal", "kin", "lem", "mar", "nov", "par", "ros", "sel", "tam",
    "val", "ber", "cor", "dal", "fen", "gar", "lin",
];
const ENDINGS: &[&str] = &[
    "o", "a", "ez", "ski", "ov", "ani", "en", "ic", "er", "ova", "ard", "ell", "ing", "as", "i",
    "ado", "ian", "ek", "ola", "ston",
];
const PLACES: &[&str] = &[
    "Northfield",
    "Riverside",
    "Eastport",
    "Westmoor",
    "Kingsbridge",
    "Harbourview",
    "Lakeshore",
    "Stonegate",
    "Redcliff",
    "Oakdale",
    "Bayside",
    "Highland",
    "Silverton",
    "Brookfield",
    "Marlow",
    "Fairhaven",
    "Greystone",
    "Millbrook",
    "Ashford",
    "Clearwater",
];
const MASTHEADS: &[&str] = &[
    "Times",
    "Post",
    "Herald",
    "Ledger",
    "Chronicle",
    "Gazette",
    "Dispatch",
    "Courier",
    "Observer",
    "Tribune",
    "Review",
    "Monitor",
    "Sentinel",
    "Record",
    "Star",
];

/// Paragraphs with no attribution in them, written for this benchmark: background, scene and
/// numbers, the text between quotes in a news story.
const FILLER: &[&str] = &[
    "The city of about 400,000 people sits on a river plain that floods most springs, and its main bridge was rebuilt in 2009 after a storm damaged two of its piers.",
    "Traffic on the coastal highway was backed up for several miles on Tuesday morning as crews cleared debris from the northbound lanes.",
    "The committee meets twice a year, in March and in October, and its members serve terms of four years that can be renewed once.",
    "Prices for wheat and maize rose by about a fifth over the summer, the steepest increase in more than a decade, before easing in the autumn.",
    "The stadium, which holds 52,000 spectators, was built for a regional tournament and has since hosted concerts, trade fairs and a papal visit.",
    "Rain fell for most of the weekend across the region, and several roads in low-lying districts were closed until the water receded.",
    "The company employs around 12,000 people in nine countries, most of them at its two factories near the border.",
    "The border crossing reopened on Thursday after being closed for three weeks, and long lines of trucks formed on both sides by the afternoon.",
    "Voter turnout in the last election was 61 percent, slightly lower than four years earlier, with the sharpest drop among people under 30.",
    "The museum reopened in May after a two-year renovation that added a new wing for its collection of maps and nautical instruments.",
    "Shares in the group fell 4 percent in early trading and closed the day slightly lower, while the wider market was little changed.",
    "The hospital has 640 beds and treats patients from three neighbouring provinces, many of whom travel for hours to reach it.",
    "The agreement covers fishing rights in the northern waters, customs checks at the ports and the exchange of weather data.",
    "Construction of the new rail line began in 2018 and was originally due to finish in 2022; the first trains are now expected next year.",
    "The island's population roughly doubles in the summer months, when ferries run every hour from the mainland.",
    "Unemployment stood at 7.2 percent in the third quarter, down from 8.1 percent a year earlier.",
    "The fire started in a warehouse near the docks shortly after midnight and spread to two neighbouring buildings before it was brought under control.",
    "The team finished third in the league last season and reached the semi-finals of the cup, its best run in twenty years.",
    "The school was founded in 1887 by a group of merchants and now teaches about 1,500 pupils between the ages of eleven and eighteen.",
    "Snow closed the mountain pass for two days, and villages on the far side were reached only by helicopter.",
    "The budget for the coming year is 3.4 billion, of which more than a third goes to health care and pensions.",
    "The talks were held in a hotel on the outskirts of the capital and lasted into the early hours of Saturday.",
    "The drought has lasted three years in the south of the country, where reservoirs are at less than a quarter of their capacity.",
    "The bank raised its main interest rate by a quarter of a point, the fourth increase this year, bringing it to 5.25 percent.",
    "Thousands of people marched through the old town on Sunday afternoon, carrying banners and flags, before gathering in the main square.",
    "The vaccine campaign began in January with health workers and people over eighty, and was extended to all adults in the spring.",
    "The old power station on the edge of town closed in 2015, and its two chimneys were demolished last autumn.",
    "The festival draws around 80,000 visitors each summer and fills every hotel within an hour's drive of the town.",
    "The ministry's annual report runs to more than 300 pages and includes tables on spending in each district.",
    "The ship was carrying about 2,000 containers when it ran aground on a sandbank at the mouth of the estuary.",
    "The court has nine judges, who are appointed for a single term of twelve years and cannot be reappointed.",
    "The region produces about a third of the country's wine, much of it sold abroad, and the harvest usually begins in late August.",
    "The protest camp outside the parliament building was cleared by police early on Monday, and the square was reopened to traffic by noon.",
    "Flights resumed at the airport on Wednesday evening after a power cut in the control tower grounded planes for six hours.",
    "The new law takes effect on the first of January and applies to all companies with more than fifty employees.",
    "Aid convoys reached the town for the first time in two months, bringing flour, medicine and fuel for the hospital's generators.",
    "The factory's output fell by a tenth in the first half of the year as orders from its largest customers slowed.",
    "The election is due to be held in the spring, and campaigning will start in earnest after the holidays.",
    "The bridge carries about 90,000 vehicles a day and is the only road link between the two halves of the city.",
    "The earthquake struck at a depth of about ten kilometres shortly before dawn, and aftershocks continued through the morning.",
];

/// A small deterministic generator (SplitMix64), seeded per article.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A standard normal deviate (Box–Muller).
    fn normal(&mut self) -> f64 {
        let u = 1.0 - self.unit();
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// Ranks 0..n drawn with probability proportional to 1 / (rank + 1): Zipf with s = 1.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut total = 0.0;
        let cumulative = (1..=n)
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Zipf { cumulative }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let target = rng.unit() * self.cumulative.last().copied().unwrap_or(0.0);
        self.cumulative
            .partition_point(|&c| c <= target)
            .min(self.cumulative.len() - 1)
    }
}

/// A piece of a paragraph: text kept as written, or the place of a named entity.
enum Piece {
    Text(String),
    /// Entity number (across all fixture sources) and whether the text used the surname alone.
    Name(usize, bool),
}

/// A fixture paragraph with its entities' names cut out, so that rendering it with other
/// people is a concatenation.
struct Template {
    pieces: Vec<Piece>,
}

/// How many distinct surnames the people share: with 200,000 people, two to a surname on
/// average, so a surname alone ("Roe said") is usually, but not always, one person.
const SURNAMES: usize = 100_000;

/// Person `id`'s full name and surname. The surname is spread over the pool by a multiplier
/// prime to `SURNAMES` (a bijection on each block of `SURNAMES` ids), so the people who share
/// one are far apart in rank, and first names are spread by another.
fn person(id: usize) -> (String, String) {
    let first = FIRST_NAMES[id.wrapping_mul(7_919) % FIRST_NAMES.len()];
    let rest = id.wrapping_mul(1_000_003) % SURNAMES;
    let second_middle = (rest / (ONSETS.len() * MIDDLES.len())) % (MIDDLES.len() + 1);
    let surname = format!(
        "{}{}{}{}",
        ONSETS[rest % ONSETS.len()],
        MIDDLES[(rest / ONSETS.len()) % MIDDLES.len()],
        if second_middle == 0 {
            ""
        } else {
            MIDDLES[second_middle - 1]
        },
        ENDINGS[(rest / (ONSETS.len() * MIDDLES.len() * (MIDDLES.len() + 1))) % ENDINGS.len()]
    );
    (format!("{first} {surname}"), surname)
}

fn outlet(id: usize) -> String {
    let place = PLACES[id % PLACES.len()];
    let masthead = MASTHEADS[(id / PLACES.len()) % MASTHEADS.len()];
    format!("The {place} {masthead}")
}

/// The paragraphs of every fixture article, each a template over the source's entities.
fn load_templates() -> Vec<Template> {
    let mut templates = Vec::new();
    let mut entity_base = 0;
    for (dir, entities) in [
        ("fixtures/articles", "fixtures/gold/entities.json"),
        ("fixtures/heldout2", "fixtures/heldout2/entities.json"),
    ] {
        let names = entity_names(entities, entity_base);
        entity_base += names.len() + 1000;
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("run from the repository root")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a UTF-8 article");
            for paragraph in text.split("\n\n").map(str::trim).filter(|p| p.len() > 40) {
                templates.push(template(paragraph, &names));
            }
        }
    }
    templates
}

/// The names of people and bodies (several words) with their aliases, longest first, so that
/// "Jane Roe" is cut out before "Roe": (entity number, name, surname only).
fn entity_names(path: &str, base: usize) -> Vec<(usize, String, bool)> {
    let entities: BTreeMap<String, Vec<String>> =
        serde_json::from_slice(&std::fs::read(path).expect("entities.json")).expect("JSON");
    let mut names = Vec::new();
    for (index, (canonical, aliases)) in entities.iter().enumerate() {
        // Countries and other one-word names stay: only people and bodies are substituted.
        if !canonical.contains(' ') {
            continue;
        }
        for name in std::iter::once(canonical).chain(aliases) {
            let starts_upper = name.chars().next().is_some_and(char::is_uppercase);
            if name.chars().count() > 3 && starts_upper {
                names.push((base + index, name.clone(), !name.contains(' ')));
            }
        }
    }
    names.sort_by_key(|(_, name, _)| std::cmp::Reverse(name.len()));
    names
}

fn template(paragraph: &str, names: &[(usize, String, bool)]) -> Template {
    let mut pieces = vec![Piece::Text(paragraph.to_string())];
    for (entity, name, surname_only) in names {
        pieces = pieces
            .into_iter()
            .flat_map(|piece| match piece {
                Piece::Text(text) if text.contains(name.as_str()) => {
                    let mut split = Vec::new();
                    for (k, part) in text.split(name.as_str()).enumerate() {
                        if k > 0 {
                            split.push(Piece::Name(*entity, *surname_only));
                        }
                        split.push(Piece::Text(part.to_string()));
                    }
                    split
                }
                other => vec![other],
            })
            .collect();
    }
    Template { pieces }
}

/// Article `index`: paragraphs until its drawn length is reached, each fixture entity played by
/// one Zipf-drawn person throughout the article.
fn article(index: u64, seed: u64, templates: &[Template], people: &Zipf) -> String {
    let mut rng = Rng(seed ^ index.wrapping_mul(0xD134_2543_DE82_EF95));
    let length = (LENGTH_MU + LENGTH_SIGMA * rng.normal())
        .exp()
        .clamp(LENGTH_RANGE.0, LENGTH_RANGE.1) as usize;
    let mut cast: BTreeMap<usize, usize> = BTreeMap::new();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut bytes = 0;
    while bytes < length {
        let paragraph = if rng.unit() < ATTRIBUTED_SHARE {
            let template = &templates[rng.below(templates.len())];
            render(template, &mut cast, &mut rng, people)
        } else {
            FILLER[rng.below(FILLER.len())].to_string()
        };
        bytes += paragraph.len() + 2;
        paragraphs.push(paragraph);
    }
    // Every document its own hash, even if two draws came out alike.
    paragraphs.push(format!("Reference {index}."));
    paragraphs.join("\n\n") + "\n"
}

fn render(
    template: &Template,
    cast: &mut BTreeMap<usize, usize>,
    rng: &mut Rng,
    people: &Zipf,
) -> String {
    let mut out = String::new();
    for piece in &template.pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Name(entity, surname_only) => {
                let id = *cast.entry(*entity).or_insert_with(|| people.sample(rng));
                let (full, surname) = person(id);
                out.push_str(if *surname_only { &surname } else { &full });
            }
        }
    }
    out
}

struct Options {
    first: u64,
    articles: u64,
    people: usize,
    outlets: usize,
    seed: u64,
    out: String,
}

fn options() -> Options {
    let mut options = Options {
        first: 0,
        articles: 0,
        people: 200_000,
        outlets: 300,
        seed: 15,
        out: String::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().expect("every option takes a value");
        let number = || value.parse::<u64>().expect("a number");
        match arg.as_str() {
            "--first" => options.first = number(),
            "--articles" => options.articles = number(),
            "--people" => options.people = number() as usize,
            "--outlets" => options.outlets = number() as usize,
            "--seed" => options.seed = number(),
            "--out" => options.out = value,
            other => panic!("unknown option {other}"),
        }
    }
    assert!(!options.out.is_empty(), "--out FILE");
    assert!(options.people > 0 && options.outlets > 0);
    options
}

fn main() {
    let options = options();
    let templates = load_templates();
    let people = Zipf::new(options.people);
    let outlets = Zipf::new(options.outlets);
    let mut file = std::io::BufWriter::new(std::fs::File::create(&options.out).expect("--out"));
    let mut written = 0u64;
    for index in options.first..options.first + options.articles {
        let text = article(index, options.seed, &templates, &people);
        // The outlet and date draw from a stream of their own, so lengths stay as they are if
        // the outlet pool changes.
        let mut rng = Rng(options
            .seed
            .wrapping_add(index)
            .wrapping_mul(0xA24B_AED4_963E_E407));
        let day = rng.below(3653) as i64;
        let date = time::Date::from_calendar_date(2015, time::Month::January, 1).unwrap()
            + time::Duration::days(day);
        let record = serde_json::json!({
            "text": text,
            "outlet": outlet(outlets.sample(&mut rng)),
            "published": date.to_string(),
        });
        let line = record.to_string();
        written += line.len() as u64 + 1;
        writeln!(file, "{line}").expect("write");
    }
    file.flush().expect("flush");
    eprintln!("{}: {:.1} MB", options.out, written as f64 / 1e6);
}

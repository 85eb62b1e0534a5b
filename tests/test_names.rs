//! Name folding against the spellings that occur in the fixture articles.

use claimtrack::names::*;

fn assert_all_same(names: &[&str]) {
    for a in names {
        for b in names {
            assert_eq!(
                compare_names(a, b),
                NameMatch::Same,
                "{a:?} and {b:?} should join"
            );
        }
    }
}

fn assert_not_same(a: &str, b: &str) {
    for (x, y) in [(a, b), (b, a)] {
        let result = compare_names(x, y);
        assert_ne!(result, NameMatch::Same, "{x:?} and {y:?} must not join");
    }
}

#[test]
fn kadhimi_spellings_join() {
    assert_all_same(&[
        "Kadhimi",
        "Kadhemi",
        "al-Kadhimi",
        "Mustafa al-Kadhimi",
        "Mustafa al-Kadhemi",
        "Mustafa Kadhimi",
        "Mustafa Al-Kadhimi",
        "Mustafa\u{00A0}al\u{2011}Kadhimi",
    ]);
}

#[test]
fn kataib_hezbollah_spellings_join() {
    assert_all_same(&[
        "Kataeb Hezbollah",
        "Kataib Hezbollah",
        "Khataib Hezbollah",
        "Kathaib Hezbollah",
        "Kata'ib Hezbollah",
        "Kata’ib Hezbollah",
        "KATAIB HEZBOLLAH",
    ]);
}

#[test]
fn militia_and_leader_spellings_join() {
    assert_all_same(&["Hashd al-Shaabi", "Hashed al-Shaabi", "Hashd ash-Shaabi"]);
    assert_all_same(&["Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "Asa’ib Ahl al-Haq"]);
    assert_all_same(&["Qais Khazali", "Qais al-Khazali", "Khazali"]);
    assert_all_same(&["Hadi al-Amiri", "Hadi Amiri", "al-Amiri"]);
    assert_all_same(&["Hisham al-Hashimi", "Hisham Hashimi", "Hashimi"]);
}

#[test]
fn relatives_or_namesakes_with_the_same_surname_key_do_not_join() {
    assert_not_same("Hisham al-Hashimi", "Abu Jihad al-Hashemi");
    assert_not_same("Hadi al-Amiri", "Falih al-Ameri");
    assert_not_same("Qais al-Khazali", "Laith al-Khazali");
    assert_eq!(
        name_parts("Hisham al-Hashimi").surname,
        name_parts("Abu Jihad al-Hashemi").surname,
        "the surnames do fold together; only the given names keep them apart"
    );
}

#[test]
fn different_organisations_sharing_a_word_do_not_join() {
    assert_not_same("Kataib Hezbollah", "Hezbollah");
    assert_not_same("Kataib Hezbollah", "Kataib Sayyid al-Shuhada");
    assert_not_same("Asaib Ahl al-Haq", "Kataib Hezbollah");
}

#[test]
fn kunya_alone_is_only_likely() {
    assert!(matches!(
        compare_names("Abu Jihad", "Abu Jihad al-Hashemi"),
        NameMatch::Likely { .. }
    ));
    assert_eq!(
        name_parts("Abu Jihad al-Hashemi").given,
        vec![name_key("Abu Jihad")]
    );
    assert_eq!(
        name_parts("Abu Mahdi al-Muhandis").surname,
        name_key("Muhandis")
    );
}

#[test]
fn name_parts_split_given_names_from_surname() {
    let parts = name_parts("Mustafa al-Kadhimi");
    assert_eq!(parts.given, vec![name_key("Mustafa")]);
    assert_eq!(parts.surname, name_key("Kadhemi"));
    assert_eq!(name_parts("Kadhimi").given, Vec::<String>::new());
}

#[test]
fn fixture_acronyms_are_found() {
    let text = "Iraq’s Popular Mobilization Units (PMU) said on Sunday. Fighters from Asaib \
                Ahl al-Haq (AAH) were named, and the Popular Mobilization Forces (Hashd \
                al-Shaabi) said nothing.";
    let found: Vec<(String, String)> = acronym_definitions(text)
        .into_iter()
        .map(|d| (d.acronym, d.expansion))
        .collect();
    assert_eq!(
        found,
        vec![
            ("PMU".to_string(), "Popular Mobilization Units".to_string()),
            ("AAH".to_string(), "Asaib Ahl al-Haq".to_string()),
        ]
    );
    assert!(is_acronym_of("AAH", "Asaib Ahl al-Haq"));
    assert!(is_acronym_of("PMF", "Popular Mobilization Forces"));
    assert!(!is_acronym_of("PMF", "Hashd al-Shaabi"));
}

#[test]
fn acronym_spans_cover_expansion_and_parenthesis() {
    let text = "the so-called “Popular Mobilization Force” (PMF) and Kata’ib Hezbollah (KH).";
    let spans: Vec<&str> = acronym_definitions(text)
        .iter()
        .map(|d| &text[d.span.0..d.span.1])
        .collect();
    assert_eq!(
        spans,
        vec![
            "Popular Mobilization Force” (PMF)",
            "Kata’ib Hezbollah (KH)"
        ]
    );
}

#[test]
fn folding_is_idempotent_on_fixture_spellings() {
    for name in [
        "Mustafa al-Kadhimi",
        "Kata’ib Hezbollah",
        "Hashed al-Shaabi",
        "Asa'ib Ahl al-Haq",
        "Abu Jihad al-Hashemi",
        "Iraq’s\u{00A0}prime minister — Kadhemi",
    ] {
        let folded = fold_text(name);
        assert_eq!(fold_text(&folded), folded, "{name:?}");
        let key = name_key(name);
        assert_eq!(name_key(&key), key, "{name:?}");
    }
}

#[test]
fn odd_input_never_panics() {
    let odd = [
        "",
        " ",
        "'''---",
        "\u{0301}\u{0308}",
        "a\u{0301}\u{0301}\u{0301}",
        "مصطفى الكاظمي",
        "\u{202E}Kadhimi\u{202C}",
        "😀 al- 😀",
        "(((PMU)))",
        "al al al al",
        "abu abu abu",
        "\u{0000}\u{FFFF}",
    ];
    for a in odd {
        let _ = fold_text(a);
        let _ = name_parts(a);
        let _ = acronym_definitions(a);
        let _ = is_acronym_of(a, a);
        assert_eq!(name_key(&name_key(a)), name_key(a), "{a:?}");
        for b in odd {
            let _ = compare_names(a, b);
        }
    }
}

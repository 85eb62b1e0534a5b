//! `claimtrack completions SHELL` and `claimtrack man`: shell completions and the manual page,
//! generated from the argument definitions, so they never disagree with `--help`.

use super::Context;
use super::args::Cli;
use claimtrack::error::{Error, Result};
use clap::CommandFactory;
use std::io::Write;

pub fn completions(ctx: &mut Context, shell: clap_complete::Shell) -> Result<()> {
    // Into memory first: `generate` panics when its writer fails, and a closed pipe is no error.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "claimtrack", &mut script);
    ctx.out.write_all(&script)?;
    Ok(())
}

pub fn man_page(ctx: &mut Context) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|err| Error::internal(format!("cannot write the man page: {err}")))?;
    ctx.out.write_all(&page)?;
    Ok(())
}

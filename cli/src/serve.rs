//! `claimtrack serve`: the web pages of the `claimtrack-web` crate, on this database.

use super::Context;
use super::args::ServeArgs;
use claimtrack::error::Result;

pub fn serve(ctx: &Context, args: ServeArgs) -> Result<()> {
    // Open it once first, as every reading command does, so a missing database is reported
    // (and an old one upgraded) before the server starts rather than on every request.
    drop(ctx.open_store_for_reading()?);
    claimtrack_web::serve(claimtrack_web::ServeOptions {
        db: ctx.db.clone(),
        bind: args.bind,
        read_only: args.read_only,
        token: args.token,
    })
}

//! A byte budget for the documents waiting between the extraction workers and the writer (and
//! for the inputs waiting between the reader and the workers).
//!
//! The writer is the pipeline's bottleneck, and while it commits a batch (FTS indexing, the
//! commit itself, sometimes a checkpoint) the workers must be able to keep extracting, or one of
//! the two cores idles. A queue counted in documents cannot be both deep enough for that and
//! bounded in memory, because documents range from a few hundred bytes to `--max-bytes`; so the
//! queue is counted in bytes too.

use std::sync::mpsc::SyncSender;
use std::sync::{Condvar, Mutex, PoisonError};

/// Bytes that may wait in the queue at once. Deep enough for some thousands of news articles,
/// which is what a commit takes to write.
pub const QUEUED_BYTES: usize = 32 << 20;

/// Bytes in use, shared by the workers that take them and the writer that gives them back.
#[derive(Debug)]
pub struct ByteBudget {
    limit: usize,
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Debug, Default)]
struct State {
    in_use: usize,
    /// The writer has stopped and gives nothing back any more: nobody waits.
    closed: bool,
}

impl ByteBudget {
    pub fn new(limit: usize) -> ByteBudget {
        ByteBudget {
            limit,
            state: Mutex::new(State::default()),
            freed: Condvar::new(),
        }
    }

    /// Waits until `bytes` fit, then takes them. A document larger than the whole budget is let
    /// through alone, when nothing else is waiting, so that it cannot wait for ever. Once the
    /// budget is closed it returns at once.
    pub fn take(&self, bytes: usize) {
        let mut state = self.lock();
        while !state.closed && state.in_use > 0 && state.in_use.saturating_add(bytes) > self.limit {
            state = self
                .freed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        state.in_use = state.in_use.saturating_add(bytes);
    }

    /// Gives back what [`ByteBudget::take`] took.
    pub fn give_back(&self, bytes: usize) {
        let mut state = self.lock();
        state.in_use = state.in_use.saturating_sub(bytes);
        self.freed.notify_all();
    }

    /// Called when the writer stops, even early: workers waiting for room stop waiting.
    pub fn close(&self) {
        self.lock().closed = true;
        self.freed.notify_all();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    #[cfg(test)]
    fn in_use(&self) -> usize {
        self.lock().in_use
    }
}

/// What an item holds in memory, roughly, for a [`ByteBudget`].
pub trait Weighed {
    fn weight(&self) -> usize;
}

/// The sending end of a channel bounded in bytes as well as in items. Each item travels with
/// the bytes it took, and whoever receives it gives them back.
pub struct BudgetedSender<'a, T> {
    pub sender: SyncSender<(T, usize)>,
    pub budget: &'a ByteBudget,
}

impl<T: Weighed> BudgetedSender<'_, T> {
    /// Waits for room, then sends; false once the receiving end has gone.
    pub fn send(&self, item: T) -> bool {
        let bytes = item.weight();
        self.budget.take(bytes);
        let sent = self.sender.send((item, bytes)).is_ok();
        if !sent {
            self.budget.give_back(bytes);
        }
        sent
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    #[test]
    fn a_take_waits_until_enough_is_given_back() {
        let budget = Arc::new(ByteBudget::new(100));
        budget.take(80);
        let taken = Arc::new(AtomicBool::new(false));
        let waiter = {
            let (budget, taken) = (Arc::clone(&budget), Arc::clone(&taken));
            std::thread::spawn(move || {
                budget.take(30);
                taken.store(true, Ordering::SeqCst);
            })
        };
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            !taken.load(Ordering::SeqCst),
            "80 + 30 is over the budget of 100"
        );
        budget.give_back(80);
        waiter.join().unwrap();
        assert!(taken.load(Ordering::SeqCst));
        assert_eq!(budget.in_use(), 30);
    }

    #[test]
    fn closing_releases_a_waiting_take() {
        let budget = Arc::new(ByteBudget::new(100));
        budget.take(100);
        let waiter = {
            let budget = Arc::clone(&budget);
            std::thread::spawn(move || budget.take(1))
        };
        std::thread::sleep(Duration::from_millis(20));
        budget.close();
        waiter.join().unwrap();
    }

    #[test]
    fn a_document_larger_than_the_budget_goes_through_alone() {
        let budget = ByteBudget::new(100);
        budget.take(500);
        assert_eq!(budget.in_use(), 500);
        budget.give_back(500);
        assert_eq!(budget.in_use(), 0);
    }
}

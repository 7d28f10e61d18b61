//! Progress on stderr: a bar per stage with documents/s and MB/s (indicatif), drawn only when
//! asked for and stderr is a terminal; stage timings with `-v`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The stage running now, for a report of an internal error.
static CURRENT: Mutex<&str> = Mutex::new("");

/// The name of the stage running now (empty between stages).
pub fn current_stage() -> &'static str {
    CURRENT.lock().map_or("", |s| *s)
}

fn set_current(name: &'static str) {
    if let Ok(mut s) = CURRENT.lock() {
        *s = name;
    }
}

/// How much a run tells on stderr while it works.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reporting {
    /// Progress bars (when stderr is a terminal).
    pub bars: bool,
    /// A line with the time of each stage as it ends.
    pub verbose: bool,
}

/// One stage being watched.
pub struct Stage {
    bar: ProgressBar,
    name: &'static str,
    start: Instant,
    docs: u64,
    verbose: bool,
}

impl Reporting {
    /// Starts a stage over `total_bytes` of input (0: unknown, a spinner).
    pub fn stage(&self, name: &'static str, total_bytes: u64) -> Stage {
        set_current(name);
        let target = if self.bars {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(Some(total_bytes), target);
        let style = if total_bytes > 0 {
            ProgressStyle::with_template(
                "{prefix:>14} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} · {msg} · {elapsed}",
            )
        } else {
            ProgressStyle::with_template("{prefix:>14} {spinner} {msg} · {elapsed}")
        };
        if let Ok(style) = style {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(name);
        if total_bytes == 0 {
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        Stage {
            bar,
            name,
            start: Instant::now(),
            docs: 0,
            verbose: self.verbose,
        }
    }
}

impl Stage {
    /// Counts one document of `bytes` input bytes.
    pub fn document(&mut self, bytes: usize) {
        self.docs += 1;
        self.bar.inc(bytes as u64);
        if self.docs.is_multiple_of(64) {
            let secs = self.start.elapsed().as_secs_f64().max(1e-9);
            self.bar.set_message(format!(
                "{} docs, {:.0} docs/s",
                self.docs,
                self.docs as f64 / secs
            ));
        }
    }

    /// Ends the stage, printing its time when verbose.
    pub fn finish(self) {
        set_current("");
        self.bar.finish_and_clear();
        if self.verbose {
            let secs = self.start.elapsed().as_secs_f64();
            let docs = match self.docs {
                0 => String::new(),
                n => format!("  {n} documents"),
            };
            eprintln!("tifa: {:<16} {secs:>8.3} s{docs}", self.name);
        }
    }
}

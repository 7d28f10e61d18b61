//! Returning freed memory to the system between the stages of a run. An allocator such as
//! mimalloc (the binary's) keeps freed pages a while before it returns them; when a stage
//! frees hundreds of megabytes (the indexes) and the next allocates as much (the digests read
//! back), both would count in the peak. The binary, which chooses the allocator, says how.

use std::sync::OnceLock;

static RELEASE: OnceLock<fn()> = OnceLock::new();

/// Sets how freed memory is returned (once; later calls are ignored).
pub fn on_release(release: fn()) {
    let _ = RELEASE.set(release);
}

/// Returns the memory freed so far to the system, if the binary said how.
pub fn release() {
    if let Some(release) = RELEASE.get() {
        release();
    }
}

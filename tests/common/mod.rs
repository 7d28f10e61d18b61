//! Helpers shared by the integration tests (each test crate uses some of them).
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The DOM of a page after headless Chromium loaded it and ran its scripts, and what the
/// browser logged (console messages included); `None` when Chromium is not installed
/// (`.ci/run` installs it).
pub fn chromium(page: &Path, fragment: &str) -> Option<(String, String)> {
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            // Documents are inflated asynchronously (DecompressionStream): the DOM is dumped
            // once the page's pending work has run, not at the load event.
            "--virtual-time-budget=10000",
            "--dump-dom",
        ])
        .arg(format!("file://{}{fragment}", page.display()))
        .output()
        .ok()?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// Console errors in a Chromium log.
pub fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("rror")))
        .collect()
}

/// The names of one list of a `tifa diff --json` comparison's terms (`added`, `dropped`, …).
pub fn term_names(diff: &serde_json::Value, list: &str) -> Vec<String> {
    diff["terms"][list]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

/// `../shared/corpora` when present (tests over real text skip when it is absent).
pub fn corpora() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/corpora is absent");
        None
    }
}

/// Every file under `dir` (links not followed) with its bytes (empty for what is not a
/// regular file), by path relative to `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for path in paths_under(dir) {
        let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
        if !kind.is_dir() {
            let bytes = if kind.is_file() {
                std::fs::read(&path).unwrap()
            } else {
                Vec::new()
            };
            out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
        }
    }
    out
}

/// Every path (files and folders, links not followed) under `dir`.
pub fn paths_under(dir: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
            out.insert(e.path());
        }
    }
    out
}

/// A headless Chromium with one page open, driven as a user would (typing, keys, clicks)
/// over the DevTools protocol on a pipe (`--remote-debugging-pipe`: fds 3 and 4).
pub struct Browser {
    child: std::process::Child,
    to: std::fs::File,
    from: std::io::BufReader<std::fs::File>,
    session: String,
    next: u64,
}

impl Browser {
    /// Opens `url` and waits for it to load; `None` when Chromium is not installed.
    pub fn open(url: &str) -> Option<Browser> {
        use std::os::fd::FromRawFd;
        use std::os::unix::process::CommandExt;
        let (cmd_read, cmd_write) = pipe();
        let (res_read, res_write) = pipe();
        let mut command = std::process::Command::new("chromium");
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--remote-debugging-pipe",
            ])
            .args(["--window-size=1280,900", url])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        // SAFETY: only dup2, which is async-signal-safe, runs between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::dup2(cmd_read, 3) < 0 || libc::dup2(res_write, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().ok()?;
        // SAFETY: the fds are ours, from `pipe`, each wrapped once.
        let (to, from) = unsafe {
            libc::close(cmd_read);
            libc::close(res_write);
            (
                std::fs::File::from_raw_fd(cmd_write),
                std::fs::File::from_raw_fd(res_read),
            )
        };
        let mut browser = Browser {
            child,
            to,
            from: std::io::BufReader::new(from),
            session: String::new(),
            next: 0,
        };
        let targets = browser.call("Target.getTargets", serde_json::json!({}));
        let page = targets["targetInfos"]
            .as_array()?
            .iter()
            .find(|t| t["type"] == "page")?["targetId"]
            .clone();
        let attached = browser.call(
            "Target.attachToTarget",
            serde_json::json!({"targetId": page, "flatten": true}),
        );
        browser.session = attached["sessionId"].as_str()?.to_string();
        browser.wait("location.href !== 'about:blank' && document.readyState === 'complete'");
        Some(browser)
    }

    /// Sends a command (to the page once attached) and returns its result.
    pub fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        use std::io::{BufRead, Write};
        self.next += 1;
        let mut message = serde_json::json!({"id": self.next, "method": method, "params": params});
        if !self.session.is_empty() {
            message["sessionId"] = self.session.clone().into();
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).unwrap();
        loop {
            let mut reply = Vec::new();
            self.from.read_until(0, &mut reply).unwrap();
            assert!(!reply.is_empty(), "chromium closed the pipe");
            reply.pop();
            let reply: serde_json::Value = serde_json::from_slice(&reply).unwrap();
            if reply["id"] == self.next {
                assert!(reply["error"].is_null(), "{method}: {reply}");
                return reply["result"].clone();
            }
        }
    }

    /// The value of a script run in the page (promises awaited).
    pub fn eval(&mut self, script: &str) -> serde_json::Value {
        let r = self.call(
            "Runtime.evaluate",
            serde_json::json!({"expression": script, "awaitPromise": true, "returnByValue": true}),
        );
        assert!(r["exceptionDetails"].is_null(), "{script}: {r}");
        r["result"]["value"].clone()
    }

    /// Waits (up to 10 s) until `script` is true.
    pub fn wait(&mut self, script: &str) {
        for _ in 0..200 {
            if self.eval(script) == serde_json::Value::Bool(true) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("timed out waiting for {script}");
    }

    /// Clicks the middle of the first element `selector` matches (scrolled into view).
    pub fn click(&mut self, selector: &str) {
        let at = self.eval(&format!(
            "(() => {{ const e = document.querySelector({selector:?}); e.scrollIntoView({{block: 'center'}}); \
             const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ));
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                serde_json::json!({"type": kind, "x": at[0], "y": at[1], "button": "left", "clickCount": 1}),
            );
        }
    }

    /// Saves what the window shows as a PNG.
    pub fn screenshot(&mut self, path: &Path) {
        use base64::prelude::{Engine, BASE64_STANDARD};
        let shot = self.call(
            "Page.captureScreenshot",
            serde_json::json!({"format": "png"}),
        );
        let png = BASE64_STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        std::fs::write(path, png).unwrap();
    }

    /// Types `text` into the focused element.
    pub fn type_text(&mut self, text: &str) {
        self.call("Input.insertText", serde_json::json!({"text": text}));
    }

    /// Presses a key: `Enter`, `ArrowDown`, `ArrowUp`, `Escape`.
    pub fn key(&mut self, key: &str) {
        let code = match key {
            "Enter" => 13,
            "Escape" => 27,
            "ArrowUp" => 38,
            "ArrowDown" => 40,
            _ => panic!("no key code for {key}"),
        };
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                serde_json::json!({"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}),
            );
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A pipe whose ends sit at fds 10 and up (clear of 3 and 4), closed on exec.
fn pipe() -> (i32, i32) {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two fds `pipe` writes; F_DUPFD_CLOEXEC copies each.
    unsafe {
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        let high = fds.map(|fd| {
            let high = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 10);
            libc::close(fd);
            high
        });
        (high[0], high[1])
    }
}

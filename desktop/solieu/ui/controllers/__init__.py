"""The window's flows, each its own controller talking to the window as a `Shell`."""

"""The command line's sub-commands, one module each; `solieu.cli` dispatches to them."""

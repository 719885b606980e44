"""Command-line sub-commands of `whosaid`, one module each, dispatched by bot.__main__."""

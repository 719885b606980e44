"""whosaid: who said what, where and when, as exact quoted passages with source links."""

__version__ = "0.1.0"

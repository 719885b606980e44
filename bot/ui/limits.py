"""Discord's limits, in one place: every budget in rendering and paging is computed from these.

Lengths are counted in UTF-16 code units (see `render.dlen`), which is never less than the number of
characters, so a text within these limits is within them however Discord counts.
"""

from __future__ import annotations

# Messages
MESSAGE_CONTENT = 2000
EMBEDS_PER_MESSAGE = 10

# Embeds
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
EMBED_FIELD_NAME = 256
EMBED_FIELD_VALUE = 1024
EMBED_FOOTER = 2048
EMBED_AUTHOR = 256
EMBED_TOTAL = 6000  # title + description + field names and values + footer + author, over all embeds

# Components
ACTION_ROWS = 5
BUTTONS_PER_ROW = 5
BUTTON_LABEL = 80
CUSTOM_ID = 100
URL = 512

# Application commands
COMMAND_NAME = 32
COMMAND_DESCRIPTION = 100
OPTIONS_PER_COMMAND = 25
CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100
COMMAND_NAME_PATTERN = r"^[-_\w]{1,32}$"  # \w here: letters and digits of any script, and _

# Interactions: the first answer must come within this many seconds (defer when slower).
RESPONSE_SECONDS = 3.0

"""civcas: a sourced, geocoded ledger of civilian-harm incidents from raw conflict reporting."""

__version__ = "0.1.0"

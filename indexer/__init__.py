"""The case records and the survey parsers (text extraction or PDF) that produce them."""

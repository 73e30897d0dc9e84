"""dxsearch's search library: ranked, faceted Japanese search over the case records."""

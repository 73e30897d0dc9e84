"""The search library: Japanese analysis, the Whoosh index and its accelerator arrays, ranked
and faceted search, similar cases, highlighting. Its public names are exported by `dxsearch`."""

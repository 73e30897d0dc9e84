"""dxsearch's Flask front end and JSON API, built on the search library."""

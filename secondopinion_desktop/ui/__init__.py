"""The window: Qt widgets, pages and dialogs. Calls services; never builds SQL or PDFs itself."""

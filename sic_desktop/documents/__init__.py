"""Documents: Word files from templates, the concept-note workbook, charts and PDF conversion."""

"""Record editors generated from the models' column info: fields, repeating parts, dialogs."""

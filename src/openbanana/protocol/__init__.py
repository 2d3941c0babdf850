"""Google's wire messages as typed models, named as Google names them: the only place JSON field names live."""

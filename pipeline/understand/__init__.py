"""Document understanding: document types, bundles, the subject, charges, laws, penalties, dates.

Reads the pages extraction stored and writes `Document.fields`, each value
with the quote, page and offsets it rests on.
"""

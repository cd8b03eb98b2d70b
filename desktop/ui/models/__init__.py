"""Item models shared by several pages: the paged id model, the column-spec table model, the code tree."""

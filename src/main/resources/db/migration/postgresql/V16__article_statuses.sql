-- The catch-up's search for published articles without a related list (at start-up and every
-- minute), in id order, without reading the table.
CREATE INDEX articles_status ON articles (status, id);

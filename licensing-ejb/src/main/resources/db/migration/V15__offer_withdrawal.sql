-- When an offer was withdrawn: it is no longer sold, while its quotes, orders and licenses keep showing it.
-- Offers withdrawn before this column existed keep a null date.
ALTER TABLE offer ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;

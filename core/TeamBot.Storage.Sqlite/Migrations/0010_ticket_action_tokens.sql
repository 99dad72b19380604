-- Ticket card buttons carry an unguessable reference besides the ticket id, as question buttons do.
-- Tickets from before have none: their old buttons are refused and the inkoopteam answers them in the panel.
ALTER TABLE escalation_ticket ADD COLUMN action_token TEXT;

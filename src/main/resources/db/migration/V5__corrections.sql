-- Analysts' corrections (input/corrections.csv) are applied to the merged ledger on every run:
-- corrected_fields lists the columns they set (';'-separated), approved_by who released the event
-- from review.
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS corrected_fields VARCHAR(500);
ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS approved_by VARCHAR(300);

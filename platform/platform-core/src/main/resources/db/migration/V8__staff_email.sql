ALTER TABLE staff_member ADD COLUMN email VARCHAR(120) AFTER phone;

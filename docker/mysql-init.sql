-- One database per subgraph: no subgraph reads another's store.
CREATE DATABASE IF NOT EXISTS agreements CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS support_contracts CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS software_catalog CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS partner_benefits CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- One MySQL user per subgraph, with rights on its own database only: a subgraph that is taken over
-- reads and writes its own store, never another's, and cannot create users or touch the server.
-- The rights cover what its numbered migrations and its work need (DDL on its tables, DML).
-- Passwords are not committed: the users start with a random one, and mysql-passwords.sh (run next by
-- the image's entrypoint) sets each from the environment (<SUBGRAPH>_DB_PASSWORD).
CREATE USER IF NOT EXISTS 'agreements'@'%' IDENTIFIED BY RANDOM PASSWORD;
CREATE USER IF NOT EXISTS 'support_contracts'@'%' IDENTIFIED BY RANDOM PASSWORD;
CREATE USER IF NOT EXISTS 'software_catalog'@'%' IDENTIFIED BY RANDOM PASSWORD;
CREATE USER IF NOT EXISTS 'partner_benefits'@'%' IDENTIFIED BY RANDOM PASSWORD;
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, LOCK TABLES ON agreements.* TO 'agreements'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, LOCK TABLES ON support_contracts.* TO 'support_contracts'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, LOCK TABLES ON software_catalog.* TO 'software_catalog'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, LOCK TABLES ON partner_benefits.* TO 'partner_benefits'@'%';

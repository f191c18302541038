-- One database per subgraph: no subgraph reads another's store.
CREATE DATABASE IF NOT EXISTS agreements CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS support_contracts CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS software_catalog CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS partner_benefits CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

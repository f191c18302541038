#!/bin/bash
# Sourced by the MySQL image's entrypoint after mysql-init.sql, on first start only: sets each
# subgraph user's password from the environment, so no password is committed.
for user in agreements support_contracts software_catalog partner_benefits; do
  variable="${user^^}_DB_PASSWORD"
  password="${!variable}"
  if [ -z "$password" ]; then
    echo "mysql-passwords.sh: $variable is not set" >&2
    exit 1
  fi
  # Quotes doubled: the password is data, never SQL.
  docker_process_sql --database=mysql <<<"ALTER USER '${user}'@'%' IDENTIFIED BY '${password//\'/\'\'}';"
done

// Lives in common/devStack/ since bench/ and scripts/ use it too (tooling must not import from test/).
export { TEST_MYSQL_URL, testDatabaseUrl, withServerConnection, dropDatabases, listOtherProcesses } from '../../common/devStack/mysqlServer';

export * from '../../common/devStack/storeConnections';

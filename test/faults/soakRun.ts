export * from '../../common/devStack/soakRun';

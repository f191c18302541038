export * from '../../common/devStack/secrets';

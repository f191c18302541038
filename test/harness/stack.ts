/** The real stack on free ports lives in common/devStack/ (scripts/ and bench/ use it too); tests import it from here. */
export * from '../../common/devStack/stack';

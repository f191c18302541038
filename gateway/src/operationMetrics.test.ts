import { BoundedLabels, MAX_OPERATION_LABELS, OperationLabels } from './operationMetrics';

describe('BoundedLabels (metrics label cardinality)', () => {
  it('labels values as they first come, up to its bound; later and overlong ones share the overflow label', () => {
    const labels = new BoundedLabels(2, 'other');
    expect(labels.label('BenefitTiles')).toBe('BenefitTiles');
    expect(labels.label('x'.repeat(65))).toBe('other');
    expect(labels.label('Agreements')).toBe('Agreements');
    expect(labels.label('Minted1')).toBe('other');
    expect(labels.label('BenefitTiles')).toBe('BenefitTiles');
  });
});

describe('OperationLabels (trusted documents first)', () => {
  const TILES_HASH = 'a'.repeat(64);
  const trusted = new Map([[TILES_HASH, 'BenefitTiles']]);

  it('a trusted document keeps its name after junk names have spent the ad hoc bound', () => {
    const labels = new OperationLabels(trusted);
    for (let i = 0; i < MAX_OPERATION_LABELS; i++) expect(labels.label(`${i}`.padStart(64, 'f'), `Junk${i}`)).toBe(`Junk${i}`);
    expect(labels.label('b'.repeat(64), 'LateButReal')).toBe('other');
    expect(labels.label(TILES_HASH, 'BenefitTiles')).toBe('BenefitTiles');
  });

  it("an ad hoc document may not borrow a trusted operation's name nor the gateway's own labels", () => {
    const labels = new OperationLabels(trusted);
    expect(labels.label('c'.repeat(64), 'BenefitTiles')).toBe('other');
    for (const own of ['anonymous', 'invalid', 'other']) expect(labels.label('c'.repeat(64), own)).toBe('other');
    expect(labels.label('c'.repeat(64), null)).toBe('anonymous');
    expect(labels.label('c'.repeat(64), 'MyOwnQuery')).toBe('MyOwnQuery');
  });

  it('a trusted document is labelled by its manifest name whatever it is called in the request', () => {
    expect(new OperationLabels(trusted).label(TILES_HASH, null)).toBe('BenefitTiles');
  });
});

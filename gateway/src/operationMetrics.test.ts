import { BoundedLabels } from './operationMetrics';

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

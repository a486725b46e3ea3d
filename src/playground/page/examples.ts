// The repository's examples (examples/*.md), bundled into the page's script as text.
import nurse from '../../../examples/registered-nurse-vs-nurse-practitioner.md';
import product from '../../../examples/product-manager-vs-sales-manager.md';
import software from '../../../examples/software-developer-vs-web-developer.md';

export const EXAMPLES: Record<string, string> = {
  'Registered Nurse vs. Nurse Practitioner (with problems)': nurse,
  'Product Manager vs. Sales Manager': product,
  'Software Developer vs. Web Developer': software,
};

/** Components every MDX page can use without importing them. */
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Equation from './Equation.astro';
import Figure from './Figure.astro';
import Ours from './Ours.astro';
import SourceCode from './SourceCode.astro';
import Term from './Term.astro';

export const contentComponents = { Aside, Cite, Equation, Figure, Ours, SourceCode, Term };

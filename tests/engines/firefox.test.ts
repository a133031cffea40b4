import { launchFirefox } from './firefox.ts';
import { siteBehaviours } from './site-behaviours.ts';

siteBehaviours('firefox', launchFirefox);

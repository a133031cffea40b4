import { siteBehaviours } from './site-behaviours.ts';
import { launchWebKit } from './webkit.ts';

siteBehaviours('webkit', launchWebKit);

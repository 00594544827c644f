import publishedOnly from './published-only';
import restParams from './rest-params';
import textGuard from './text-guard';

export default { 'published-only': publishedOnly, 'rest-params': restParams, 'text-guard': textGuard };

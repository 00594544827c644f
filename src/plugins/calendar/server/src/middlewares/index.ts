import publishedOnly from './published-only';

export default { 'published-only': publishedOnly };

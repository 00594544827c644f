import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::content-piece.content-piece');

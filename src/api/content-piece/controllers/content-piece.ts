import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::content-piece.content-piece');

import { PIECE_PANEL_ROUTES } from '../../../../core/contracts/piece-panel';
import { ACTIONS } from '../../constants';
import { requires } from './policies';

export default [{ method: 'GET', path: PIECE_PANEL_ROUTES.panel, handler: 'piece-panel.show', config: requires(ACTIONS.read) }];

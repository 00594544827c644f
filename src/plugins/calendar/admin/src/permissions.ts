export { ACTIONS } from '../../core/contracts/actions';

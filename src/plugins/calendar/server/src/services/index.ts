import contentGuard from './content-guard';
import publicAccess from './public-access';
import settings from './settings';

export default {
  'content-guard': contentGuard,
  'public-access': publicAccess,
  settings,
};

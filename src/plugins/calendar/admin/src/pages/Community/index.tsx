import { ViewPage } from '../../components/ViewPage';

export const CommunityPage = () => <ViewPage view="community" />;

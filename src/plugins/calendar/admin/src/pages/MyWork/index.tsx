import { ViewPage } from '../../components/ViewPage';

export const MyWorkPage = () => <ViewPage view="my-work" />;

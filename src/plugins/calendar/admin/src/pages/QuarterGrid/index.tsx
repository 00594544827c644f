import { ViewPage } from '../../components/ViewPage';

export const QuarterGridPage = () => <ViewPage view="quarter" />;
